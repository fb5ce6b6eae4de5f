package org.entente.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Where a test JVM's CPU goes, per test class: the JVM itself (all its threads: tests, Spring,
 * Tomcat, JIT, GC), its child processes (Playwright's driver and Chromium, a child JVM, {@code
 * pg_ctl}), and the PostgreSQL servers started from this directory (a postmaster leaves the JVM's
 * process tree, so it is found by its data directory, and its CPU with that of its finished backends
 * is remembered while it runs). Read from {@code /proc} (Linux), written to {@code
 * target/test-cpu/<pid>.tsv} as CPU seconds: registered for every test JVM through {@code
 * META-INF/services}, it changes no test. {@code bench/test-cpu.sh} sums the files of a run.
 */
public final class CpuPerClass implements TestExecutionListener {

    private static final Path PROC = Path.of("/proc");
    private static final double TICKS_PER_SECOND = 100.0;
    private static final String MARK = Path.of("target").toAbsolutePath().toString() + "/";

    private final long self = ProcessHandle.current().pid();
    /** Every PostgreSQL server of this build seen so far (postmaster id), with the most CPU ticks it was seen at. */
    private final Map<Long, Long> postgres = new ConcurrentHashMap<>();
    /** The processes of the machine identified so far, by id (dropped when they end). */
    private final Map<Long, ProcessSeen> known = new HashMap<>();
    /** Processes too young to be identified for good, looked at again at the next sample. */
    private final Map<Long, ProcessSeen> fresh = new HashMap<>();

    /** Classes running now, by id: a class marked {@link RunsAlongside} runs beside the others. */
    private final Map<String, Sample> started = new ConcurrentHashMap<>();

    private final Path file = Path.of("target", "test-cpu", self + ".tsv");
    private ScheduledExecutorService sampler;
    private Sample planStart;
    private TestPlan plan;

    private record Sample(long nanos, long jvm, long children, long postgres) {

        String minus(Sample before) {
            return String.format(
                    java.util.Locale.ROOT,
                    "%.2f\t%.2f\t%.2f\t%.2f",
                    (nanos - before.nanos) / 1e9,
                    (jvm - before.jvm) / TICKS_PER_SECOND,
                    (children - before.children) / TICKS_PER_SECOND,
                    (postgres - before.postgres) / TICKS_PER_SECOND);
        }
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        // Surefire and Failsafe run a plan per test class, through the same listener.
        if (planStart != null || !Files.isDirectory(PROC.resolve("self"))) {
            return;
        }
        write("class\twall_s\tjvm_cpu_s\tchildren_cpu_s\tpostgres_cpu_s\n");
        planStart = sample();
        // The whole JVM's line once it ends, so with the contexts' and servers' shutdown.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> write(
                                "(whole JVM, from its first class to its exit)\t" + sample().minus(planStart) + '\n'),
                        "cpu-per-class-total"));
        // A server may stop between two classes: sample often enough to see most of its life.
        sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cpu-per-class");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleWithFixedDelay(this::postgresTicks, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        if (topLevelClass(identifier)) {
            started.put(identifier.getUniqueId(), sample());
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        Sample before = started.remove(identifier.getUniqueId());
        if (before != null) {
            ClassSource source = (ClassSource) identifier.getSource().orElseThrow();
            write(source.getClassName() + '\t' + sample().minus(before) + '\n');
        }
    }

    /** Appends a row at once, so that a run stopped half-way still says where its time went. */
    private synchronized void write(String row) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, row, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean topLevelClass(TestIdentifier identifier) {
        if (planStart == null || !(identifier.getSource().orElse(null) instanceof ClassSource)) {
            return false;
        }
        return plan.getParent(identifier)
                .map(parent -> !(parent.getSource().orElse(null) instanceof ClassSource))
                .orElse(true);
    }

    private synchronized Sample sample() {
        long[] own = ticks(self);
        Set<Long> servers = postgresTicks();
        long children = own[1];
        for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
            if (!servers.contains(child.pid())) {
                long[] ticks = ticks(child.pid());
                children += ticks[0] + ticks[1];
            }
        }
        long postgresTotal =
                postgres.values().stream().mapToLong(Long::longValue).sum();
        return new Sample(System.nanoTime(), own[0], children, postgresTotal);
    }

    /**
     * Updates the remembered CPU of this build's PostgreSQL servers (a postmaster's own, its finished
     * backends' and its running ones'); returns the ids of their processes. Each process of the
     * machine is identified once (its command line, parent and working directory), not at every
     * sample: on a machine shared with other builds that was 10 CPU-s of a 20-minute test JVM.
     */
    private synchronized Set<Long> postgresTicks() {
        double uptime = uptime();
        Set<Long> alive = new HashSet<>();
        try (var entries = Files.list(PROC)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long pid = Long.parseLong(name);
                alive.add(pid);
                if (!known.containsKey(pid)) {
                    ProcessSeen process = identify(entry);
                    // A process younger than two seconds may not have exec'd yet (pg_ctl forks, then
                    // the child becomes postgres): looked at again at the next sample.
                    if (process != null && uptime - process.started() / TICKS_PER_SECOND > 2) {
                        known.put(pid, process);
                    } else if (process != null) {
                        fresh.put(pid, process);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
        known.keySet().retainAll(alive);
        Map<Long, ProcessSeen> processes = new HashMap<>(known);
        processes.putAll(fresh);
        fresh.clear();
        Map<Long, Long> totals = new HashMap<>();
        processes.forEach((pid, process) -> {
            if (process.postmaster()) {
                long[] ticks = ticks(pid);
                totals.merge(pid, ticks[0] + ticks[1], Long::sum);
            }
        });
        Set<Long> all = new HashSet<>(totals.keySet());
        processes.forEach((pid, process) -> {
            if (!process.postmaster() && totals.containsKey(process.parent())) {
                all.add(pid);
                long[] ticks = ticks(pid);
                totals.merge(process.parent(), ticks[0] + ticks[1], Long::sum);
            }
        });
        totals.forEach((postmaster, ticks) -> postgres.merge(postmaster, ticks, Math::max));
        return all;
    }

    /** A process as first seen: its parent, when it started (clock ticks after boot), whether one of our postmasters. */
    private record ProcessSeen(long parent, long started, boolean postmaster) {}

    private static ProcessSeen identify(Path entry) {
        String stat = read(entry.resolve("stat"));
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return null;
        }
        String[] fields = stat.substring(close + 2).split(" ");
        String cmdline = read(entry.resolve("cmdline")).replace('\0', ' ');
        // After "(comm)": ppid is index 1, starttime (22 in the man page) index 19.
        return new ProcessSeen(
                Long.parseLong(fields[1]),
                Long.parseLong(fields[19]),
                cmdline.contains("postgres") && cmdline.contains(" -D ") && workingIn(entry));
    }

    private static double uptime() {
        String uptime = read(PROC.resolve("uptime"));
        return uptime.isEmpty() ? 0 : Double.parseDouble(uptime.split(" ")[0]);
    }

    /** Whether the process runs in this build's {@code target} (a postmaster runs in its data directory). */
    private static boolean workingIn(Path process) {
        try {
            return Files.readSymbolicLink(process.resolve("cwd")).toString().startsWith(MARK);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** All the CPU of a process (its own and its finished children's), in clock ticks; 0 once it is gone. */
    static long ticksOf(long pid) {
        long[] ticks = ticks(pid);
        return ticks[0] + ticks[1];
    }

    /** {utime + stime, cutime + cstime} of a process, in clock ticks; zeros once it is gone. */
    private static long[] ticks(long pid) {
        String stat = read(PROC.resolve(Long.toString(pid)).resolve("stat"));
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return new long[2];
        }
        String[] fields = stat.substring(close + 2).split(" ");
        // After "(comm)": state is field 3 of the man page, so utime (14) is index 11.
        return new long[] {
            Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
            Long.parseLong(fields[13]) + Long.parseLong(fields[14])
        };
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }
}
