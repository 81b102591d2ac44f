#pragma once

#include "model/jsondump.h"
#include "model/scoring.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <string>

namespace storemap::json {

/// Keys in the order they are set: the machine-readable output reads like its contract.
using ordered = nlohmann::ordered_json;

inline std::string str(const QString &text)
{
    return text.toStdString();
}

/// An entity or store id, or null for none (unplaced, project-wide).
inline ordered idOrNull(const QString &id)
{
    return id.isEmpty() ? ordered(nullptr) : ordered(str(id));
}

inline JsonWriter &idOrNull(JsonWriter &w, const QString &id)
{
    return id.isEmpty() ? w.null() : w.value(id);
}

/// A fit as every report rounds it, or null for no fit (fit < 0).
inline ordered fitOrNull(double fit)
{
    return fit < 0 ? ordered(nullptr) : ordered(rounded(fit));
}

inline JsonWriter &fitOrNull(JsonWriter &w, double fit)
{
    return fit < 0 ? w.null() : w.value(rounded(fit));
}

} // namespace storemap::json
