// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmap.h"

namespace Masar {

QString Roadmap::title(const QString &language) const
{
    if (language == QLatin1String("ar") && !titleAr.isEmpty())
        return titleAr;
    return titleEn;
}

QString Roadmap::description(const QString &language) const
{
    if (language == QLatin1String("ar") && !descriptionAr.isEmpty())
        return descriptionAr;
    return descriptionEn;
}

} // namespace Masar
