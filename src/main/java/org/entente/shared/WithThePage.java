package org.entente.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Reads a page asks for before it is written (the bell's count in its navigation) done inside the
 * request's first read-only transaction, just before it commits, instead of in a transaction of
 * their own while the page is written: the reader's settings are set already, so a read costs its
 * own statement and nothing more. The page takes the answer when it writes itself; without an
 * answer (no such transaction, or it rolled back) it withdraws the question and reads it itself.
 */
public final class WithThePage {

    private static final String ASKED = WithThePage.class.getName() + ".asked";
    private static final String ANSWER = WithThePage.class.getName() + ".answer.";

    private WithThePage() {}

    /** Asks, for the current request, that {@code read} be done in its first read-only transaction. */
    public static void ask(String name, Supplier<?> read) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            asked(request, true).put(name, read);
        }
    }

    /**
     * The answer to the request's question, if its transaction gave one; otherwise the question is
     * withdrawn (no later transaction answers it: the caller reads it now).
     */
    public static Optional<Object> answer(String name) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return Optional.empty();
        }
        Map<String, Supplier<?>> asked = asked(request, false);
        if (asked != null) {
            asked.remove(name);
        }
        return Optional.ofNullable(request.getAttribute(ANSWER + name, RequestAttributes.SCOPE_REQUEST));
    }

    /**
     * Called as a new read-only transaction begins on the request's thread (by the transaction
     * manager): the questions still open are answered in it, just before it commits.
     */
    public static void readOnlyTransactionBegun() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Map<String, Supplier<?>> asked = request == null ? null : asked(request, false);
        if (asked == null || asked.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public int getOrder() {
                return Ordered.HIGHEST_PRECEDENCE;
            }

            @Override
            public void beforeCommit(boolean readOnly) {
                var questions = new LinkedHashMap<>(asked);
                asked.clear();
                questions.forEach((name, read) -> {
                    try {
                        request.setAttribute(ANSWER + name, read.get(), RequestAttributes.SCOPE_REQUEST);
                    } catch (RuntimeException unanswered) {
                        // No answer: the page reads it itself when it is written, as without this.
                    }
                });
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Supplier<?>> asked(RequestAttributes request, boolean create) {
        Object asked = request.getAttribute(ASKED, RequestAttributes.SCOPE_REQUEST);
        if (asked == null && create) {
            asked = new LinkedHashMap<String, Supplier<?>>();
            request.setAttribute(ASKED, asked, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, Supplier<?>>) asked;
    }
}
