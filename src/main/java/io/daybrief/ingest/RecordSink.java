package io.daybrief.ingest;

import io.daybrief.event.Event;
import java.util.List;

/** Where a reader puts what it reads from one file: events, and refusals with the line they were on. */
interface RecordSink {

    /** An event read at {@code line}, with what the report should say of how it was read (may be empty). */
    void accept(int line, Event event, List<String> notes);

    default void accept(int line, Event event) {
        accept(line, event, List.of());
    }

    void refuse(int line, String reason);
}
