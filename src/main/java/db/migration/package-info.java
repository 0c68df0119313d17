/**
 * Migrations that SQL alone cannot write for both databases (Flyway finds them beside the SQL ones in
 * src/main/resources/db/migration, by the same V&lt;n&gt;__ names).
 */
package db.migration;
