package io.daybrief.ingest;

import io.daybrief.event.Event;

/** Where a reader puts what it reads from one file: events, and refusals with the line they were on. */
interface RecordSink {

    void accept(int line, Event event);

    void refuse(int line, String reason);
}
