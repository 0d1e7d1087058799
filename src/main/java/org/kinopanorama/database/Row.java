package org.kinopanorama.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a native query read by column name, as docs/architecture.md's SQL rule asks of a query with more than
 * two columns: {@code Row.list(em.createNativeQuery(sql, Tuple.class)...)}, then {@code row.longValue("id")}. Name
 * every column in lower case ({@code AS film_count}): PostgreSQL gives an unnamed expression a name of its own. The
 * getters bridge what the driver hands back (a {@code count(*)} is a Long, an {@code int} an Integer, a
 * {@code numeric} a BigDecimal; a {@code timestamptz} an Instant, OffsetDateTime or Timestamp).
 */
public final class Row {

    private final Tuple tuple;

    private Row(Tuple tuple) {
        this.tuple = tuple;
    }

    /** The rows of a native query created with {@code Tuple.class}. */
    public static List<Row> list(Query query) {
        List<?> rows = query.getResultList();
        List<Row> out = new ArrayList<>(rows.size());
        for (Object row : rows) {
            out.add(new Row((Tuple) row));
        }
        return out;
    }

    /** The rows of {@code sql}, its numbered parameters ({@code ?1}, {@code ?2}, ...) given in order. */
    public static List<Row> list(EntityManager em, String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql, Tuple.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return list(query);
    }

    public Object value(String column) {
        return tuple.get(column);
    }

    public String string(String column) {
        return (String) tuple.get(column);
    }

    public long longValue(String column) {
        return ((Number) tuple.get(column)).longValue();
    }

    public int intValue(String column) {
        return ((Number) tuple.get(column)).intValue();
    }

    public double doubleValue(String column) {
        return ((Number) tuple.get(column)).doubleValue();
    }

    public Long longOrNull(String column) {
        return tuple.get(column) instanceof Number n ? n.longValue() : null;
    }

    public Integer intOrNull(String column) {
        return tuple.get(column) instanceof Number n ? n.intValue() : null;
    }

    public Double doubleOrNull(String column) {
        return tuple.get(column) instanceof Number n ? n.doubleValue() : null;
    }

    public boolean bool(String column) {
        return (Boolean) tuple.get(column);
    }

    public LocalDate date(String column) {
        Object value = tuple.get(column);
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** A {@code timestamptz} as an instant; null for SQL null. */
    public Instant instant(String column) {
        return instant(tuple.get(column));
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Not a timestamp: " + value);
    }
}
