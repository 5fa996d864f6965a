#pragma once

// Binary blobs inside JSON files (the autoencoder's dlib network): RFC 4648 base64 with padding.
#include <optional>
#include <string>
#include <string_view>

namespace gugus::core {

std::string base64Encode(std::string_view bytes);
/// The bytes, or nothing for anything but canonical padded base64 (no spaces, no line breaks,
/// no bits set after the last byte).
std::optional<std::string> base64Decode(std::string_view text);

} // namespace gugus::core
