package org.jumelage.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Records the prepared statements the application runs while {@link #start()}ed: their SQL and the
 * calls that set their parameters, so that {@link EuPageBenchmark} can run each again under
 * {@code EXPLAIN (ANALYZE, BUFFERS)} with the same values. It wraps the application's
 * {@link DataSource} bean in plain JDK proxies; when not recording it only passes calls on.
 */
final class StatementRecorder implements BeanPostProcessor {

    /** A parameter setter call: {@code setLong(3, 42L)} is method setLong, arguments [3, 42]. */
    record Setter(Method method, Object[] arguments) {}

    /** One executed statement with the setter calls before it. */
    record Recorded(String sql, List<Setter> setters) {}

    private final List<Recorded> recorded = new ArrayList<>();
    private volatile boolean recording;

    void start() {
        synchronized (recorded) {
            recorded.clear();
        }
        recording = true;
    }

    List<Recorded> stop() {
        recording = false;
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, this::dataSourceCall);
        }
        return bean;
    }

    private @Nullable Object dataSourceCall(Object target, Method method, Object @Nullable [] args) throws Throwable {
        Object result = invoke(target, method, args);
        if (result instanceof Connection connection && method.getName().equals("getConnection")) {
            return proxy(Connection.class, connection, this::connectionCall);
        }
        return result;
    }

    private @Nullable Object connectionCall(Object target, Method method, Object @Nullable [] args) throws Throwable {
        Object result = invoke(target, method, args);
        if (result instanceof PreparedStatement statement
                && method.getName().equals("prepareStatement")
                && args != null
                && args[0] instanceof String sql) {
            List<Setter> setters = new ArrayList<>();
            return proxy(PreparedStatement.class, statement, (inner, call, callArgs) -> {
                String name = call.getName();
                if (name.startsWith("set")
                        && callArgs != null
                        && callArgs.length >= 2
                        && callArgs[0] instanceof Integer) {
                    setters.add(new Setter(call, callArgs.clone()));
                } else if (name.equals("clearParameters")) {
                    setters.clear();
                } else if (recording && (name.equals("executeQuery") || name.equals("execute"))) {
                    synchronized (recorded) {
                        recorded.add(new Recorded(sql, List.copyOf(setters)));
                    }
                }
                return invoke(inner, call, callArgs);
            });
        }
        return result;
    }

    interface Handler {
        @Nullable
        Object handle(Object target, Method method, Object @Nullable [] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(
                StatementRecorder.class.getClassLoader(), allInterfaces(target.getClass(), type), invocation);
    }

    private static Class<?>[] allInterfaces(Class<?> type, Class<?> wanted) {
        List<Class<?>> interfaces = new ArrayList<>();
        interfaces.add(wanted);
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (!interfaces.contains(i) && i.isInterface() && isVisible(i)) {
                    interfaces.add(i);
                }
            }
        }
        return interfaces.toArray(Class<?>[]::new);
    }

    private static boolean isVisible(Class<?> type) {
        try {
            return Class.forName(type.getName(), false, StatementRecorder.class.getClassLoader()) == type;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static @Nullable Object invoke(Object target, Method method, Object @Nullable [] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
