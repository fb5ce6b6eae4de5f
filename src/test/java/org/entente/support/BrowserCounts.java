package org.entente.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the browser tests of a test JVM asked Chromium to do, per test class: browser contexts
 * opened, pages loaded by the visitors, sign-ins through the form, pages checked by {@code
 * PageChecks} (and axe runs), and the CPU those checks cost (the test JVM's own thread: the Nu
 * HTML checker; Chromium and Playwright's driver: rendering and axe). Counts, not times: on a
 * machine shared with other builds they are what compares between two runs. Written to {@code
 * target/browser-counts/<pid>.tsv}; {@code bench/test-cpu.sh} sums them.
 */
public final class BrowserCounts {

    public static final AtomicLong CONTEXTS = new AtomicLong();
    public static final AtomicLong PAGE_LOADS = new AtomicLong();
    public static final AtomicLong SIGN_INS = new AtomicLong();
    /** Sessions taken over from an earlier sign-in of the same persona instead of the form. */
    public static final AtomicLong SESSIONS_REUSED = new AtomicLong();

    public static final AtomicLong PAGES_CHECKED = new AtomicLong();
    public static final AtomicLong AXE_RUNS = new AtomicLong();
    /** CPU of the checking thread (the Nu checker, Playwright's client) inside the checks, nanoseconds. */
    public static final AtomicLong CHECK_JVM_NANOS = new AtomicLong();
    /** CPU of the JVM's child processes (Chromium, Playwright's driver) inside the checks, clock ticks. */
    public static final AtomicLong CHECK_CHILD_TICKS = new AtomicLong();

    /** Screenshots taken through {@code BrowserTest.shoot}, and the CPU of the JVM's children (Chromium) while taking them. */
    public static final AtomicLong SHOTS = new AtomicLong();

    public static final AtomicLong SHOT_CHILD_TICKS = new AtomicLong();

    private static final Path DIRECTORY = Path.of("target", "browser-counts");
    private static final String HEADER =
            "class\tcontexts\tpage_loads\tsign_ins\tsessions_reused\tpages_checked\taxe_runs\tcheck_jvm_cpu_s\tcheck_children_cpu_s\tshots\tshot_children_cpu_s\n";

    private BrowserCounts() {}

    /** The counters now, to subtract from at the end of a class. */
    public static long[] now() {
        return new long[] {
            CONTEXTS.get(),
            PAGE_LOADS.get(),
            SIGN_INS.get(),
            SESSIONS_REUSED.get(),
            PAGES_CHECKED.get(),
            AXE_RUNS.get(),
            CHECK_JVM_NANOS.get(),
            CHECK_CHILD_TICKS.get(),
            SHOTS.get(),
            SHOT_CHILD_TICKS.get()
        };
    }

    /** Appends the class's row: what the counters moved by since {@code before}. */
    public static synchronized void write(String testClass, long[] before) {
        long[] after = now();
        long[] d = new long[after.length];
        for (int i = 0; i < after.length; i++) {
            d[i] = after[i] - before[i];
        }
        String row = String.format(
                Locale.ROOT,
                "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%.2f\t%.2f\t%d\t%.2f\n",
                testClass,
                d[0],
                d[1],
                d[2],
                d[3],
                d[4],
                d[5],
                d[6] / 1e9,
                d[7] / 100.0,
                d[8],
                d[9] / 100.0);
        Path file = DIRECTORY.resolve(ProcessHandle.current().pid() + ".tsv");
        try {
            Files.createDirectories(DIRECTORY);
            if (!Files.exists(file)) {
                Files.writeString(file, HEADER, StandardCharsets.UTF_8, StandardOpenOption.CREATE);
            }
            Files.writeString(file, row, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CPU this thread has used, nanoseconds. */
    public static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** The CPU all child processes of this JVM have used so far (their own and their finished children's), clock ticks. */
    public static long childTicks() {
        long total = 0;
        for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
            total += CpuPerClass.ticksOf(child.pid());
        }
        return total;
    }
}
