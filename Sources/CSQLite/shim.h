// What SaysoStore needs of SQLite's C interface beyond GRDB: sqlite3_db_config() is variadic, which
// Swift cannot call, so the one option used is set by a static inline function.
#ifndef SAYSO_CSQLITE_SHIM_H
#define SAYSO_CSQLITE_SHIM_H

#include <sqlite3.h>

// Stops SQLite from checkpointing the write-ahead log into the database when `db`, the last connection
// to it, closes (SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, SQLite 3.26 and later). Returns SQLITE_OK, or
// SQLITE_ERROR when this SQLite has no such option (the connection then checkpoints as usual).
static inline int shim_skip_checkpoint_on_close(sqlite3 *db) {
#ifdef SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE
  return sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, (int *)0);
#else
  (void)db;
  return SQLITE_ERROR;
#endif
}

// Turns off SQLite's memory statistics (SQLITE_CONFIG_MEMSTATUS, read by sqlite3_memory_used() and the
// soft heap limit, which sayso does not use): with them, every allocation and every free takes a global
// mutex and updates counters. Works only before SQLite is initialized (by the first connection opened);
// returns SQLITE_MISUSE after.
static inline int shim_skip_memory_statistics(void) {
  return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

#endif
