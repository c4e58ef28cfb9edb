package dev.problemguide.json.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what a {@code java.util.logging} logger (the default backend of {@code System.Logger}) publishes,
 * at every level, until closed. Thread-safe: servers log from their own threads.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final Level previous;
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (records) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture(String loggerName) {
        this.logger = Logger.getLogger(loggerName);
        this.previous = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    /**
     * Starts capturing a logger.
     *
     * @param loggerName e.g. {@code dev.problemguide.jersey.ProblemFeature}
     * @return the capture; close it to stop
     */
    public static LogCapture of(String loggerName) {
        return new LogCapture(loggerName);
    }

    /**
     * Returns what was published so far.
     *
     * @return a copy
     */
    public List<LogRecord> records() {
        synchronized (records) {
            return new ArrayList<>(records);
        }
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(previous);
    }
}
