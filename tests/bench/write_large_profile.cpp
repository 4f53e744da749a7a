// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the benchmarks' large profile to a new database, to look at or time by hand:
//   write_large_profile PATH [SCALE]      then: masar --database PATH
#include "largeprofile.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: write_large_profile PATH [SCALE]\n");
        return 1;
    }
    const int scale = argc > 2 ? std::max(1, std::atoi(argv[2])) : 1;
    return Masar::LargeProfile::write(QString::fromLocal8Bit(argv[1]), scale) ? 0 : 2;
}
