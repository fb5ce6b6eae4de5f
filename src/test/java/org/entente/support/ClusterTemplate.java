package org.entente.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import org.entente.database.SuperuserConnections;
import org.entente.shared.EntenteProperties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * A freshly initialised PostgreSQL cluster, made once per test JVM (in a directory of its own),
 * copied into the data directory of each application the tests start, instead of running {@code initdb} (seconds, most of them
 * syncing to disk) for each. The copy is what {@code initdb} would have left: the application then
 * creates its roles, database and passwords, and migrates, exactly as on a first start. Tests of the
 * first start itself ({@code database.EmbeddedPostgres*IT}) start their servers directly and still
 * run {@code initdb}.
 */
public final class ClusterTemplate {

    /** One per test JVM: Failsafe runs two side by side, and each makes its own. */
    private static final Path TEMPLATE =
            Path.of("target/it-data/initdb-template-" + ProcessHandle.current().pid());
    /** What a started server leaves that a fresh cluster has not. */
    private static final Set<String> LEFT_BY_A_SERVER = Set.of("epg-lock", "postmaster.opts", "postmaster.pid");

    private static boolean made;

    private ClusterTemplate() {}

    /**
     * A demo application's empty data directory gets a copy of the demo template when this JVM has
     * one for its settings ({@link DemoTemplate}); any other, a fresh cluster.
     */
    private static void seed(ConfigurableApplicationContext context, Path dataDir) {
        if (Files.exists(dataDir.toAbsolutePath().resolve("postgres/postgresql.conf"))) {
            return;
        }
        if (OnDemoReady.demo(context) && DemoTemplate.seed(DemoTemplate.key(context.getEnvironment()), dataDir)) {
            return;
        }
        seed(dataDir);
    }

    /**
     * Once the first demo application with given settings is ready (migrated, demo loaded), its
     * data directory becomes the template for the next ones.
     */
    private static void makeDemoTemplate(ConfigurableApplicationContext context) {
        String key = DemoTemplate.key(context.getEnvironment());
        SuperuserConnections superuser =
                context.getBeanProvider(SuperuserConnections.class).getIfAvailable();
        if (superuser != null && !DemoTemplate.made(key)) {
            DemoTemplate.make(key, context.getBean(EntenteProperties.class).dataDir(), superuser);
        }
    }

    /** Fills {@code <dataDir>/postgres} with a fresh cluster, unless it holds one already. */
    public static void seed(Path dataDir) {
        Path postgres = dataDir.toAbsolutePath().resolve("postgres");
        if (Files.exists(postgres.resolve("postgresql.conf"))) {
            return;
        }
        try {
            copy(template(), postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the template cluster into " + postgres, e);
        }
    }

    private static synchronized Path template() throws IOException {
        if (!made) {
            deleteRecursively(TEMPLATE);
            Files.createDirectories(TEMPLATE);
            // initdb, one start and a clean stop: a cluster as a first start finds it.
            EmbeddedPostgres.builder()
                    .setDataDirectory(TEMPLATE)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .start()
                    .close();
            made = true;
        }
        return TEMPLATE;
    }

    /**
     * Copies a directory (or one file) without what a running server leaves; a file that vanishes
     * while a running server is copied (a statistics file, a recycled WAL segment) is passed over.
     */
    static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Path target = to.resolve(from.relativize(dir).toString());
                Files.createDirectories(target);
                Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(dir));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!LEFT_BY_A_SERVER.contains(file.getFileName().toString())) {
                    try {
                        Files.copy(
                                file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                    } catch (NoSuchFileException vanished) {
                        // gone between listing and copying: the server no longer needs it
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Registered for every Spring test context ({@code META-INF/spring.factories}): seeds the data
     * directory as soon as the application's settings are bound, before the embedded server starts.
     * The same customizer for all contexts, so it splits no context in two.
     */
    public static final class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            return new Customizer();
        }
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof EntenteProperties properties) {
                        seed(context, properties.dataDir());
                    }
                    return bean;
                }
            });
            context.addApplicationListener(new OnDemoReady(context, ClusterTemplate::makeDemoTemplate));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
