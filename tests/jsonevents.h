#pragma once

// A SAX handler that writes down every event, to compare scanJson() with nlohmann's parser.

#include <nlohmann/json.hpp>

#include <bit>
#include <cstdint>
#include <string>
#include <vector>

namespace storemap::test {

struct JsonEvents
{
    using json = nlohmann::ordered_json;
    std::vector<std::string> seen;

    bool add(std::string event)
    {
        seen.push_back(std::move(event));
        return true;
    }
    bool null() { return add("null"); }
    bool boolean(bool v) { return add(v ? "true" : "false"); }
    bool number_integer(json::number_integer_t v) { return add("int " + std::to_string(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return add("uint " + std::to_string(v)); }
    bool number_float(json::number_float_t v, const json::string_t &)
    {
        return add("double " + std::to_string(std::bit_cast<std::uint64_t>(v))); // every bit
    }
    bool string(json::string_t &v) { return add("string " + v); }
    bool binary(json::binary_t &) { return add("binary"); }
    bool key(json::string_t &k) { return add("key " + k); }
    bool start_object(std::size_t) { return add("{"); }
    bool end_object() { return add("}"); }
    bool start_array(std::size_t) { return add("["); }
    bool end_array() { return add("]"); }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &)
    {
        return false;
    }
};

} // namespace storemap::test
