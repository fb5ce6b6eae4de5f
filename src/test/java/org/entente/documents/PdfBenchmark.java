package org.entente.documents;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.entente.shared.Markings;
import org.entente.shared.Translator;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * How long a bilingual table of many rows takes to become a PDF: the precompiled templates, the
 * message bundles and {@link PdfDocuments} as the application wires them, without a database.
 * Run it with {@code bench/pdf-table.sh [rows] [runs] [languages]}; see {@code bench/README.md}.
 */
class PdfBenchmark {

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<String> languages = List.of((args.length > 2 ? args[2] : "ar,en").split(","));
        try (var context = context()) {
            PdfDocuments documents = context.getBean(PdfDocuments.class);
            PdfTable table = ActivityTable.of(rows);
            List<Locale> locales = PdfDocuments.locales(languages, "MAR");
            measure(
                    runs,
                    rows + " rows, " + languages,
                    () -> documents.render(
                            "documents/table.jte",
                            Map.of("table", table),
                            PdfDocumentsIT.LABEL,
                            ActivityTable.TITLE,
                            locales));
        }
    }

    /** The beans a document needs, as the application wires them, without a database. */
    static AnnotationConfigApplicationContext context() {
        var context = new AnnotationConfigApplicationContext();
        context.registerBean("messageSource", MessageSource.class, () -> {
            var messages = new ResourceBundleMessageSource();
            messages.setBasename("i18n/messages");
            messages.setDefaultEncoding("UTF-8");
            messages.setFallbackToSystemLocale(false);
            return messages;
        });
        context.registerBean(TemplateEngine.class, () -> TemplateEngine.createPrecompiled(ContentType.Html));
        context.registerBean(Markings.class, Markings::standard);
        context.register(Translator.class, PdfDocuments.class);
        context.refresh();
        return context;
    }

    /** Renders the document the given number of times, printing each run's elapsed and CPU time, then a summary. */
    static void measure(int runs, String what, Supplier<byte[]> render) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] times = new double[runs];
        double[] cpu = new double[runs];
        int size = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            byte[] pdf = render.get();
            times[run] = (System.nanoTime() - start) / 1e9;
            cpu[run] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e9;
            size = pdf.length;
            System.out.printf(
                    "run %d: %s, %.2f s elapsed, %.2f s CPU, %,d bytes%n", run + 1, what, times[run], cpu[run], size);
        }
        double first = times[0];
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.printf(
                "first (cold) %.2f s; elapsed best %.2f s, median %.2f s; CPU best %.2f s, median %.2f s;"
                        + " %,d bytes, max heap %d MiB, load average %.1f%n",
                first,
                times[0],
                times[runs / 2],
                cpu[0],
                cpu[runs / 2],
                size,
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
