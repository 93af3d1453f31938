package vn.congressplanner.planning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored previews: the import and its rows as typed (plain JDBC, one batch per file). */
@Repository
class ImportStore {

  record Stored(
      long id,
      long congressId,
      String fileName,
      String createdBy,
      Instant createdAt,
      Instant confirmedAt,
      List<Map<ImportColumn, String>> rows) {}

  private final JdbcTemplate jdbc;

  ImportStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long save(
      long congressId,
      String fileName,
      String actor,
      Instant at,
      List<Map<ImportColumn, String>> rows) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        c -> {
          var ps =
              c.prepareStatement(
                  "insert into task_import (congress_id, file_name, created_by, created_at,"
                      + " row_count) values (?, ?, ?, ?, ?)",
                  new String[] {"id"});
          ps.setLong(1, congressId);
          ps.setString(2, fileName);
          ps.setString(3, actor);
          ps.setTimestamp(4, Timestamp.from(at));
          ps.setInt(5, rows.size());
          return ps;
        },
        key);
    long id = key.getKey().longValue();
    String columns =
        java.util.Arrays.stream(ImportColumn.values())
            .map(c -> c.dbColumn)
            .collect(Collectors.joining(", "));
    String marks =
        java.util.Arrays.stream(ImportColumn.values())
            .map(c -> "?")
            .collect(Collectors.joining(", "));
    List<Object[]> batch = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Object[] args = new Object[ImportColumn.values().length + 2];
      args[0] = id;
      args[1] = i + 1;
      for (ImportColumn c : ImportColumn.values()) {
        args[c.ordinal() + 2] = rows.get(i).get(c);
      }
      batch.add(args);
    }
    jdbc.batchUpdate(
        "insert into task_import_row (import_id, row_number, "
            + columns
            + ") values (?, ?, "
            + marks
            + ")",
        batch);
    return id;
  }

  Optional<Stored> find(long id) {
    List<Stored> found =
        jdbc.query(
            "select id, congress_id, file_name, created_by, created_at, confirmed_at"
                + " from task_import where id = ?",
            (rs, n) ->
                new Stored(
                    rs.getLong("id"),
                    rs.getLong("congress_id"),
                    rs.getString("file_name"),
                    rs.getString("created_by"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getTimestamp("confirmed_at") == null
                        ? null
                        : rs.getTimestamp("confirmed_at").toInstant(),
                    List.of()),
            id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<Map<ImportColumn, String>> rows =
        jdbc.query(
            "select * from task_import_row where import_id = ? order by row_number",
            (rs, n) -> {
              Map<ImportColumn, String> row = new EnumMap<>(ImportColumn.class);
              for (ImportColumn c : ImportColumn.values()) {
                row.put(c, rs.getString(c.dbColumn));
              }
              return row;
            },
            id);
    Stored s = found.get(0);
    return Optional.of(
        new Stored(
            s.id(),
            s.congressId(),
            s.fileName(),
            s.createdBy(),
            s.createdAt(),
            s.confirmedAt(),
            rows));
  }

  /** Marks the import confirmed; false when it already was (a second click, another tab). */
  boolean confirm(long id, Instant at) {
    return jdbc.update(
            "update task_import set confirmed_at = ? where id = ? and confirmed_at is null",
            Timestamp.from(at),
            id)
        == 1;
  }
}
