package org.greencredit.projections;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;

/**
 * A database whose writes can fail from the n-th one on: the process dying between two writes of one event
 * handler, after the first reached the store and before the processor stored its token. Reads are never affected.
 */
public final class CrashingWrites {

    private static final Set<String> WRITES = Set.of(
            "insertOne", "insertMany", "replaceOne", "updateOne", "updateMany", "deleteOne", "deleteMany",
            "bulkWrite", "findOneAndUpdate", "findOneAndReplace", "findOneAndDelete", "drop");

    /** Thrown instead of performing a write once the crash point is reached. */
    public static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash(int write) {
            super("simulated crash before write " + write);
        }
    }

    private int writes;
    private int crashAt = Integer.MAX_VALUE;

    /** {@code database}, with every collection it hands out counting and, once armed, failing writes. */
    public MongoDatabase wrap(MongoDatabase database) {
        return proxy(MongoDatabase.class, database);
    }

    /** Writes performed (or attempted) since the last {@link #countFromHere()}. */
    public int writes() {
        return writes;
    }

    public void countFromHere() {
        writes = 0;
    }

    /** The {@code n}-th write from now (1-based) and every later one fail until {@link #disarm()}. */
    public void crashAtWrite(int n) {
        writes = 0;
        crashAt = n;
    }

    public void disarm() {
        crashAt = Integer.MAX_VALUE;
    }

    private <T> T proxy(Class<T> type, Object target) {
        InvocationHandler handler = (proxy, method, arguments) -> invoke(target, method, arguments);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        if (WRITES.contains(method.getName())) {
            writes++;
            if (writes >= crashAt) {
                throw new SimulatedCrash(writes);
            }
        }
        Object result;
        try {
            result = method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        return result instanceof MongoCollection<?> collection ? proxy(MongoCollection.class, collection) : result;
    }
}
