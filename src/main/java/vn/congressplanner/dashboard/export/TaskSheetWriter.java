package vn.congressplanner.dashboard.export;

import java.io.IOException;
import vn.congressplanner.dashboard.TaskRows;

/** Writes an export row by row straight to the response. */
interface TaskSheetWriter extends AutoCloseable {

  void header() throws IOException;

  void row(TaskRows.Row row) throws IOException;

  /** A closing line below the rows (the classified tasks left out). */
  void note(String text) throws IOException;

  /** Completes the file; nothing more is written. */
  void finish() throws IOException;

  /** Releases what the writer holds (temporary files), also after a failure. */
  @Override
  void close() throws IOException;
}
