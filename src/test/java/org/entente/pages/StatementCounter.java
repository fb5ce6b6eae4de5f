package org.entente.pages;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Test scope only: counts the SQL statements the current thread sends through the application's
 * pool, so that a test can hold a page to a ceiling (issue 20: one query per need, none per row).
 * The pool named {@code dataSource} connects through {@link Driver}, which hands out PostgreSQL's
 * own connections behind a proxy that notes each statement prepared or executed while {@link
 * #during} records on that thread, and does nothing else. It is a plain component, found by the
 * application's component scan on the test class path: every test context has it without a
 * configuration of its own (so test contexts are still shared).
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** The statements the current thread sent while running {@code work}, in order. */
    public static List<String> during(Callable<?> work) throws Exception {
        var statements = new ArrayList<String>();
        RECORDING.set(statements);
        try {
            work.call();
        } finally {
            RECORDING.remove();
        }
        return statements;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource pool
                && name.equals("dataSource")
                && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            pool.setDriverClassName(Driver.class.getName());
        }
        return bean;
    }

    private static void note(String sql) {
        List<String> statements = RECORDING.get();
        if (statements != null) {
            statements.add(sql);
        }
    }

    /** PostgreSQL's driver, its connections behind a proxy that notes statements. */
    public static class Driver implements java.sql.Driver {

        private final java.sql.Driver postgresql = new org.postgresql.Driver();

        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            Connection connection = postgresql.connect(url, info);
            return connection == null ? null : (Connection) proxy(Connection.class, connection);
        }

        @Override
        public boolean acceptsURL(String url) throws SQLException {
            return postgresql.acceptsURL(url);
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
            return postgresql.getPropertyInfo(url, info);
        }

        @Override
        public int getMajorVersion() {
            return postgresql.getMajorVersion();
        }

        @Override
        public int getMinorVersion() {
            return postgresql.getMinorVersion();
        }

        @Override
        public boolean jdbcCompliant() {
            return postgresql.jdbcCompliant();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return postgresql.getParentLogger();
        }
    }

    /**
     * A connection notes each statement it prepares ({@code prepareStatement}, {@code prepareCall}:
     * Spring's JDBC prepares one per query); a plain {@code Statement} notes each execution.
     */
    private static Object proxy(Class<?> type, Object target) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (type == Connection.class && (name.equals("prepareStatement") || name.equals("prepareCall"))) {
                note((String) args[0]);
            } else if (type == java.sql.Statement.class && name.startsWith("execute") && args != null) {
                note((String) args[0]);
            }
            Object result = invoke(method, target, args);
            if (type == Connection.class && name.equals("createStatement")) {
                return proxy(java.sql.Statement.class, result);
            }
            return result;
        };
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
