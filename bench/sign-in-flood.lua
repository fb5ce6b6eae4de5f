-- Floods POST /login with wrong passwords for made-up usernames, each request from a made-up
-- address (X-Forwarded-For, believed because the benchmark lists 127.0.0.1 as a trusted proxy):
-- the worst case, where neither the per-account nor the per-address delays apply and every
-- attempt asks for a password check. Needs CSRF and SESSION in the environment.
local token = os.getenv("CSRF")
local session = os.getenv("SESSION")
local threads = {}

function setup(thread)
    thread:set("id", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    statuses = {}
    counter = 0
    math.randomseed(os.time() + id * 7919)
end

function request()
    counter = counter + 1
    local address = string.format("%d.%d.%d.%d", math.random(11, 223), math.random(0, 255),
        math.random(0, 255), math.random(1, 254))
    local body = "username=flood" .. id .. "x" .. counter .. "&password=not-the-password-" .. counter
        .. "&_csrf=" .. token
    return wrk.format("POST", "/login", {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["Cookie"] = "ENTENTE_SESSION=" .. session,
        ["X-Forwarded-For"] = address,
    }, body)
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
    local total = {}
    for _, thread in ipairs(threads) do
        for status, count in pairs(thread:get("statuses")) do
            total[status] = (total[status] or 0) + count
        end
    end
    local parts = {}
    for status, count in pairs(total) do
        table.insert(parts, string.format("%d × %d", count, status))
    end
    table.sort(parts)
    io.write(string.format("  flood: %d requests answered (%s), %d errors (connect %d, read %d, write %d, timeout %d); median %.0f ms, p95 %.0f ms\n",
        summary.requests, table.concat(parts, ", "),
        summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
        summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
        latency:percentile(50) / 1000, latency:percentile(95) / 1000))
end
