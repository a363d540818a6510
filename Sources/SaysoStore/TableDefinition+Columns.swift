import GRDB

extension TableDefinition {
  /// Columns of one type that may be NULL, in the order given.
  func columns(_ type: Database.ColumnType, _ names: String...) {
    for name in names { column(name, type) }
  }

  /// Columns of one type that may not be NULL, in the order given.
  func requiredColumns(_ type: Database.ColumnType, _ names: String...) {
    for name in names { column(name, type).notNull() }
  }
}
