-- Prints the median and p95 latency and the throughput at the end of a wrk run.
done = function(summary, latency, requests)
    io.write(string.format("  median %.2f ms, p95 %.2f ms, p99 %.2f ms, %d requests, %.0f req/s, %d errors\n",
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        summary.requests, summary.requests / (summary.duration / 1e6),
        summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
