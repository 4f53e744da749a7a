// SPDX-License-Identifier: GPL-3.0-or-later
#include "powerlossvfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace {

/// A file's content as the disk holds it, or nothing when the disk does not hold the file.
using Image = std::optional<std::string>;

struct State
{
    std::mutex mutex;
    std::map<std::string, Image> durable; ///< by path: what survives a power loss
    std::atomic<bool> dead{false};
    std::atomic<int> syncs{0};
};

State &state()
{
    static State s;
    return s;
}

sqlite3_vfs *g_base = nullptr;
sqlite3_vfs g_vfs;

Image readFile(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    std::string content;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        content.append(buffer, size_t(n));
    }
    ::close(fd);
    return content;
}

void writeFile(const std::string &path, const std::string &content)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n <= 0)
            break;
        done += size_t(n);
    }
    ::close(fd);
}

struct File
{
    sqlite3_file base;
    sqlite3_file *real; ///< the platform VFS's file, allocated right after this struct
    std::string *path;  ///< null for files that have no name (temporary files)
};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f)->real;
}

int xClose(sqlite3_file *f)
{
    File *file = reinterpret_cast<File *>(f);
    const int rc = file->real->pMethods ? file->real->pMethods->xClose(file->real) : SQLITE_OK;
    delete file->path;
    file->path = nullptr;
    return rc;
}

int xRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}

int xWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (state().dead)
        return SQLITE_IOERR_WRITE;
    return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}

int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (state().dead)
        return SQLITE_IOERR_TRUNCATE;
    return real(f)->pMethods->xTruncate(real(f), size);
}

int xSync(sqlite3_file *f, int flags)
{
    if (state().dead)
        return SQLITE_IOERR_FSYNC;
    const int rc = real(f)->pMethods->xSync(real(f), flags);
    File *file = reinterpret_cast<File *>(f);
    if (rc == SQLITE_OK && file->path) {
        std::lock_guard<std::mutex> lock(state().mutex);
        state().durable[*file->path] = readFile(*file->path);
        ++state().syncs;
    }
    return rc;
}

int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}

int xLock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}

int xUnlock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}

int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}

int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}

int xSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}

int xDeviceCharacteristics(sqlite3_file *f)
{
    // Nothing is claimed that would let SQLite skip a sync (no SAFE_APPEND, no POWERSAFE hints
    // beyond what the platform VFS gives).
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}

int xShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}

int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}

void xShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}

int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), state().dead ? 0 : deleteFlag);
}

int xFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    *out = nullptr; // no memory-mapped reads: every page goes through xRead
    (void)f;
    (void)offset;
    (void)amount;
    return SQLITE_OK;
}

int xUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *page)
{
    (void)f;
    (void)offset;
    (void)page;
    return SQLITE_OK;
}

const sqlite3_io_methods g_methods = {
    3,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    xFetch,
    xUnfetch,
};

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    File *file = reinterpret_cast<File *>(f);
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    file->path = nullptr;
    file->base.pMethods = nullptr;
    if (state().dead)
        return SQLITE_CANTOPEN;
    const int rc = g_base->xOpen(g_base, name, file->real, flags, outFlags);
    if (rc != SQLITE_OK || !file->real->pMethods)
        return rc;
    if (name) {
        file->path = new std::string(name);
        std::lock_guard<std::mutex> lock(state().mutex);
        // A file met for the first time is on disk as it is now (left by an earlier process, or
        // just created empty: an empty file that was never synced is lost with the power).
        if (!state().durable.count(*file->path)) {
            Image now = readFile(*file->path);
            state().durable[*file->path] = now && !now->empty() ? now : std::nullopt;
        }
    }
    file->base.pMethods = &g_methods;
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    if (state().dead)
        return SQLITE_IOERR_DELETE;
    const int rc = g_base->xDelete(g_base, name, syncDir);
    if (rc == SQLITE_OK) {
        std::lock_guard<std::mutex> lock(state().mutex);
        state().durable[name] = std::nullopt;
    }
    return rc;
}

int xAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_base->xAccess(g_base, name, flags, out);
}

int xFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_base->xFullPathname(g_base, name, size, out);
}

void *xDlOpen(sqlite3_vfs *, const char *name)
{
    return g_base->xDlOpen(g_base, name);
}

void xDlError(sqlite3_vfs *, int size, char *out)
{
    g_base->xDlError(g_base, size, out);
}

void (*xDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_base->xDlSym(g_base, handle, symbol);
}

void xDlClose(sqlite3_vfs *, void *handle)
{
    g_base->xDlClose(g_base, handle);
}

int xRandomness(sqlite3_vfs *, int size, char *out)
{
    return g_base->xRandomness(g_base, size, out);
}

int xSleep(sqlite3_vfs *, int microseconds)
{
    return g_base->xSleep(g_base, microseconds);
}

int xCurrentTime(sqlite3_vfs *, double *out)
{
    return g_base->xCurrentTime(g_base, out);
}

int xGetLastError(sqlite3_vfs *, int size, char *out)
{
    return g_base->xGetLastError ? g_base->xGetLastError(g_base, size, out) : 0;
}

int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_base->xCurrentTimeInt64(g_base, out);
}

} // namespace

namespace PowerLossVfs {

bool install()
{
    if (g_base)
        return true;
    if (sqlite3_initialize() != SQLITE_OK)
        return false;
    g_base = sqlite3_vfs_find(nullptr);
    if (!g_base || g_base->iVersion < 2)
        return false;
    std::memset(&g_vfs, 0, sizeof g_vfs);
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = int(sizeof(File)) + g_base->szOsFile;
    g_vfs.mxPathname = g_base->mxPathname;
    g_vfs.zName = "masar-power-loss";
    g_vfs.xOpen = xOpen;
    g_vfs.xDelete = xDelete;
    g_vfs.xAccess = xAccess;
    g_vfs.xFullPathname = xFullPathname;
    g_vfs.xDlOpen = xDlOpen;
    g_vfs.xDlError = xDlError;
    g_vfs.xDlSym = xDlSym;
    g_vfs.xDlClose = xDlClose;
    g_vfs.xRandomness = xRandomness;
    g_vfs.xSleep = xSleep;
    g_vfs.xCurrentTime = xCurrentTime;
    g_vfs.xGetLastError = xGetLastError;
    g_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
}

void cut()
{
    State &s = state();
    s.dead = true;
    std::lock_guard<std::mutex> lock(s.mutex);
    for (const auto &[path, image] : s.durable) {
        if (image)
            writeFile(path, *image);
        else
            ::unlink(path.c_str());
    }
}

void revive()
{
    State &s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    s.durable.clear();
    s.syncs = 0;
    s.dead = false;
}

int syncs()
{
    return state().syncs;
}

} // namespace PowerLossVfs
