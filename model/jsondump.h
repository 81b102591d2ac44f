#pragma once

#include <QByteArray>

#include <nlohmann/json.hpp>

namespace storemap {

/// @p j as every file and report writes it: indented by two spaces, UTF-8 as it is, one newline
/// at the end. The same bytes as nlohmann's dump(2, ' ', false, replace) + "\n", without its
/// per-byte UTF-8 decoding of every string, which was most of the cost of writing a large report.
QByteArray dumpJson(const nlohmann::ordered_json &j);

} // namespace storemap
