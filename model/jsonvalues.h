#pragma once

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

/// An empty object with room for @p keys members. An ordered object is a vector of key-value
/// pairs whose key is const, so growing it copies every member, nested arrays and all: a big
/// report built key by key was copied over and over.
inline ordered object(size_t keys)
{
    ordered o = ordered::object();
    o.get_ref<ordered::object_t &>().reserve(keys);
    return o;
}

/// An entity or store id, or null for none (unplaced, project-wide).
inline ordered idOrNull(const QString &id)
{
    return id.isEmpty() ? ordered(nullptr) : ordered(str(id));
}

/// A fit as every report rounds it, or null for no fit (fit < 0).
inline ordered fitOrNull(double fit)
{
    return fit < 0 ? ordered(nullptr) : ordered(rounded(fit));
}

} // namespace storemap::json
