package org.greencredit.app.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU samples of a flight recording went between two instants: the share of samples with each library
 * on the stack, the threads (grouped by a name of their own choosing) and the hottest methods.
 */
final class CpuProfile {

    private final Map<String, String> libraries;
    private final UnaryOperator<String> threadGroup;

    /**
     * @param libraries   package or class prefix → the name to report it under, in reporting order of ties
     * @param threadGroup the name a sampled thread is counted under (e.g. its pool without the thread number)
     */
    CpuProfile(Map<String, String> libraries, UnaryOperator<String> threadGroup) {
        this.libraries = libraries;
        this.threadGroup = threadGroup;
    }

    /** The report's lines, introduced by {@code what} ("during the start"). */
    List<String> between(Path recording, Instant from, Instant to, String what, int threads, int methods)
            throws IOException {
        Map<String, Integer> byLibrary = new LinkedHashMap<>();
        libraries.values().forEach(library -> byLibrary.put(library, 0));
        Map<String, Integer> byThread = new TreeMap<>();
        Map<String, Integer> topFrames = new TreeMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStartTime().isBefore(from)
                || event.getStartTime().isAfter(to) || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            byThread.merge(threadGroup.apply(event.getThread("sampledThread").getJavaName()), 1, Integer::sum);
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                topFrames.merge(name(frames.get(0)), 1, Integer::sum);
            }
            for (Map.Entry<String, String> library : libraries.entrySet()) {
                if (frames.stream().anyMatch(frame -> name(frame).startsWith(library.getKey()))) {
                    byLibrary.merge(library.getValue(), 1, Integer::sum);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        int total = Math.max(samples, 1);
        lines.add("  CPU samples " + what + ": " + samples + "; share of samples with the library on the stack:");
        byLibrary.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                 .forEach(entry -> lines.add(share(entry, total)));
        lines.add("  threads with the most samples:");
        top(byThread, threads).forEach(entry -> lines.add(share(entry, total)));
        lines.add("  hottest methods (top of the stack):");
        top(topFrames, methods).forEach(entry -> lines.add(share(entry, total)));
        return lines;
    }

    private static String share(Map.Entry<String, Integer> entry, int total) {
        return String.format(Locale.ROOT, "    %3d %%  %s", 100 * entry.getValue() / total, entry.getKey());
    }

    private static List<Map.Entry<String, Integer>> top(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream()
                     .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                     .limit(limit).toList();
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
