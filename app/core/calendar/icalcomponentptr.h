// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <libical/ical.h>

#include <memory>

namespace Masar {

/// Frees a libical component tree (with its children) when its owner goes.
struct IcalComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};

/// Owns a libical component; internal to the calendar code.
using IcalComponentPtr = std::unique_ptr<icalcomponent, IcalComponentDeleter>;

} // namespace Masar
