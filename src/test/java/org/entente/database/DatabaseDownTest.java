package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The failover drill (bench/ha) found 500s among the 503s while the primary was lost: a request
 * answered 503 by the handler's resolver failed again on the way out, when the session was saved.
 */
class DatabaseDownTest {

    private static final RuntimeException DATABASE_LOST = new CannotCreateTransactionException(
            "Could not open JDBC Connection for transaction",
            new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms"));

    private final DatabaseDown filter = new DatabaseDown(null, null, null);

    @Test
    void aSecondFailureAfterThe503KeepsThe503() throws Exception {
        var request = new MockHttpServletRequest("POST", "/committees/1");
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            ((MockHttpServletResponse) res).sendError(503);
            throw DATABASE_LOST;
        });

        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void otherFailuresAfterAnAnswerAreThrownOn() {
        var response = new MockHttpServletResponse();
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/"), response, (req, res) -> {
                    ((MockHttpServletResponse) res).sendError(503);
                    throw new IllegalStateException("a bug");
                }))
                .hasMessage("a bug");
        assertThatThrownBy(() -> filter.doFilter(
                        new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(), (req, res) -> {
                            res.getWriter().write("a page");
                            res.flushBuffer();
                            throw DATABASE_LOST;
                        }))
                .isSameAs(DATABASE_LOST);
    }

    /**
     * The drill's 500 reproduced by DatabaseRefusedIT: the session's SELECT failed on a connection the
     * server had ended, then its rollback failed too ("Connection is closed", no SQL state), and the
     * rollback's exception hid the first one.
     */
    @Test
    void aRollbackFailingOnTheLostConnectionIsTheDatabaseDown() {
        var rollbackFailed = new org.springframework.transaction.TransactionSystemException(
                "JDBC rollback failed", new java.sql.SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new org.springframework.dao.DataAccessResourceFailureException(
                "FATAL: terminating connection due to administrator command"));
        assertThat(DatabaseDown.isCause(rollbackFailed)).isTrue();
        assertThat(DatabaseDown.isCause(new org.springframework.transaction.TransactionSystemException(
                        "JDBC rollback failed", new java.sql.SQLException("Connection is closed"))))
                .as("without the failure that caused the rollback, nothing says the database is gone")
                .isFalse();
    }
}
