// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * A test-only SQLite VFS that can cut the power.
 *
 * It sits over the platform's VFS and remembers, for every database, journal and write-ahead log
 * file it opens, the content that file had when it was last synced to disk (or when it was
 * opened: what a previous process left is taken as on disk). cut() then does what a power loss
 * does to a file system: every file goes back to that content, and a file never synced goes away.
 * From cut() on, every write, sync, truncate and delete fails, so the connections still open can
 * only be closed; revive() lets a new connection open what is left.
 *
 * install() makes it SQLite's default VFS in this process, so that Qt's SQLite driver, and with it
 * the whole storage layer, writes through it. The shared-memory index (-shm) is not a file that
 * survives a power loss and is rebuilt by the first connection that opens the database again.
 */
namespace PowerLossVfs {

/// Registers the VFS as the default; false when SQLite refused it.
bool install();
/// Drops every write not yet synced; from now on nothing is written.
void cut();
/// Lets files be written again and forgets what was remembered.
void revive();
/// Syncs seen since install() or the last revive() (for the test's own checks).
int syncs();

} // namespace PowerLossVfs
