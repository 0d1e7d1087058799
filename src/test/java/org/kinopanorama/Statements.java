package org.kinopanorama;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * How many statements something costs, counted by Hibernate's statistics (which see every statement it prepares,
 * native ones included). Counting is on only while it runs.
 */
public final class Statements {

    private Statements() {
    }

    public static long of(SessionFactory sessions, Runnable work) {
        Statistics statistics = sessions.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            work.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
