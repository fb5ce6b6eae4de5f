package org.entente.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The JDBC session repository, except that a session's time of last use is written at most once
 * per {@code touchEvery}: Spring Session sets it on every request, which would make every page an
 * UPDATE of the session's row. The price: an idle session may end up to {@code touchEvery} before
 * its timeout would have ended it.
 */
final class CoalescedSessions implements FindByIndexNameSessionRepository<CoalescedSessions.Coalesced> {

    private final JdbcIndexedSessionRepository repository;
    private final FindByIndexNameSessionRepository<Session> jdbc;
    private final Duration touchEvery;

    @SuppressWarnings({"unchecked", "rawtypes"})
    CoalescedSessions(JdbcIndexedSessionRepository jdbc, Duration touchEvery) {
        this.repository = jdbc;
        this.jdbc = (FindByIndexNameSessionRepository) jdbc;
        this.touchEvery = touchEvery;
    }

    /** Stops the repository's clean-up of expired sessions. */
    void destroy() {
        repository.destroy();
    }

    @Override
    public Coalesced createSession() {
        return new Coalesced(jdbc.createSession(), Duration.ZERO);
    }

    @Override
    public void save(Coalesced session) {
        jdbc.save(session.delegate);
    }

    @Override
    public Coalesced findById(String id) {
        Session found = jdbc.findById(id);
        return found == null ? null : new Coalesced(found, touchEvery);
    }

    @Override
    public void deleteById(String id) {
        jdbc.deleteById(id);
    }

    @Override
    public Map<String, Coalesced> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        var found = new LinkedHashMap<String, Coalesced>();
        jdbc.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new Coalesced(session, touchEvery)));
        return found;
    }

    /** A stored session whose time of last use moves only when it has moved by {@code touchEvery}. */
    static final class Coalesced implements Session {

        private final Session delegate;
        private final Duration touchEvery;

        Coalesced(Session delegate, Duration touchEvery) {
            this.delegate = delegate;
            this.touchEvery = touchEvery;
        }

        /** Whether a use at {@code time} is recorded, after one recorded at {@code last}. */
        static boolean recorded(Instant last, Instant time, Duration touchEvery) {
            return !time.isBefore(last.plus(touchEvery));
        }

        @Override
        public void setLastAccessedTime(Instant time) {
            if (recorded(delegate.getLastAccessedTime(), time, touchEvery)) {
                delegate.setLastAccessedTime(time);
            }
        }

        @Override
        public String getId() {
            return delegate.getId();
        }

        @Override
        public String changeSessionId() {
            return delegate.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return delegate.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return delegate.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            delegate.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            delegate.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return delegate.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return delegate.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            delegate.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return delegate.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return delegate.isExpired();
        }
    }
}
