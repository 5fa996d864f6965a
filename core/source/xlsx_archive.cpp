// The zip and the XML of a workbook: minizip inflates parts in chunks against a byte budget, expat
// parses them as they stream, so memory stays bounded whatever the archive claims.
#include "common/error.h"
#include "source/xlsx_internal.h"
#include "source/xlsx_reader.h"

#include <expat.h>
#include <unzip.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <exception>
#include <fstream>

namespace gugus::core::xlsx {

namespace {

unzFile zipOf(void* zip) {
    return static_cast<unzFile>(zip);
}

[[noreturn]] void damaged(const std::string& subject, const std::string& what) {
    throw XlsxError(XlsxError::Kind::Invalid, subject, what);
}

} // namespace

/// minizip's file functions over a buffer: the fuzz target and tests read workbooks from memory.
struct Archive::Memory {
    std::string_view bytes;
    std::uint64_t position = 0;

    static voidpf open(voidpf opaque, const void*, int) { return opaque; }
    static uLong read(voidpf, voidpf stream, void* buffer, uLong size) {
        auto* m = static_cast<Memory*>(stream);
        const std::uint64_t left =
            m->bytes.size() - std::min<std::uint64_t>(m->position, m->bytes.size());
        const uLong n = uLong(std::min<std::uint64_t>(left, size));
        std::memcpy(buffer, m->bytes.data() + m->position, n);
        m->position += n;
        return n;
    }
    static uLong write(voidpf, voidpf, const void*, uLong) { return 0; }
    static ZPOS64_T tell(voidpf, voidpf stream) { return static_cast<Memory*>(stream)->position; }
    static long seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
        auto* m = static_cast<Memory*>(stream);
        std::uint64_t base = 0;
        if (origin == ZLIB_FILEFUNC_SEEK_CUR) {
            base = m->position;
        } else if (origin == ZLIB_FILEFUNC_SEEK_END) {
            base = m->bytes.size();
        }
        if (offset > m->bytes.size() || base + offset > m->bytes.size()) {
            return -1;
        }
        m->position = base + offset;
        return 0;
    }
    static int close(voidpf, voidpf) { return 0; }
    static int error(voidpf, voidpf) { return 0; }
};

Archive::Archive(const std::string& path, std::int64_t budget) : m_budget(budget) {
    zlib_filefunc64_def io;
    fill_fopen64_filefunc(&io);
    open(path, &io);
}

Archive::Archive(std::string_view bytes, std::int64_t budget)
    : m_memory(std::make_unique<Memory>()), m_budget(budget) {
    m_memory->bytes = bytes;
    zlib_filefunc64_def io{};
    io.zopen64_file = &Memory::open;
    io.zread_file = &Memory::read;
    io.zwrite_file = &Memory::write;
    io.ztell64_file = &Memory::tell;
    io.zseek64_file = &Memory::seek;
    io.zclose_file = &Memory::close;
    io.zerror_file = &Memory::error;
    io.opaque = m_memory.get();
    open("workbook", &io);
}

void Archive::open(const std::string& name, void* io) {
    m_zip = unzOpen2_64(name.c_str(), static_cast<zlib_filefunc64_def*>(io));
    if (!m_zip) {
        damaged(name, "not a zip archive, or a damaged one");
    }
}

Archive::~Archive() {
    if (m_zip) {
        unzClose(zipOf(m_zip));
    }
}

bool Archive::has(const std::string& part) const {
    return unzLocateFile(zipOf(m_zip), part.c_str(), 2) == UNZ_OK; // 2: OOXML names ignore case
}

void Archive::read(const std::string& part, const std::function<void(std::string_view)>& sink,
                   Progress* progress) {
    unzFile zip = zipOf(m_zip);
    if (unzLocateFile(zip, part.c_str(), 2) != UNZ_OK) {
        damaged(part, "this part of the workbook is missing");
    }
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
        damaged(part, "its zip entry is damaged");
    }
    if (info.flag & 1) {
        damaged(part, "its zip entry is encrypted");
    }
    if (unzOpenCurrentFile(zip) != UNZ_OK) {
        damaged(part, "its zip entry cannot be opened (unknown compression?)");
    }
    // The header's size is only a hint for progress: the budget counts what really inflates.
    const std::int64_t total = std::int64_t(std::min<ZPOS64_T>(info.uncompressed_size, 1ULL << 40));
    std::int64_t done = 0;
    std::array<char, 1 << 16> buffer;
    try {
        for (;;) {
            if (progress) {
                progress->report(std::min(done, total), total, "xlsx.read");
                progress->throwIfCancelled();
            }
            const int n = unzReadCurrentFile(zip, buffer.data(), unsigned(buffer.size()));
            if (n < 0) {
                damaged(part, "its compressed data is damaged");
            }
            if (n == 0) {
                break;
            }
            done += n;
            m_budget -= n;
            if (m_budget < 0) {
                throw Error(ErrorCode::FileTooLarge, part, -1, -1,
                            "more uncompressed data than the limit allows");
            }
            sink(std::string_view(buffer.data(), std::size_t(n)));
        }
    } catch (...) {
        unzCloseCurrentFile(zip);
        throw;
    }
    if (unzCloseCurrentFile(zip) == UNZ_CRCERROR) {
        damaged(part, "its checksum does not match (the file is damaged)");
    }
    if (progress) {
        progress->report(total, total, "xlsx.read");
    }
}

namespace {

/// expat's callbacks: C code must not be unwound through, so an exception from the handler is
/// kept, the parser stopped, and the exception rethrown after XML_Parse returns.
struct Parse {
    XML_Parser parser = nullptr;
    XmlHandler* handler = nullptr;
    std::exception_ptr failure;
    bool doctype = false;

    static std::string_view local(const char* name) {
        const char* sep = std::strrchr(name, '\x01');
        return sep ? std::string_view(sep + 1) : std::string_view(name);
    }
    template <typename F> void guarded(F&& f) {
        if (failure) {
            return;
        }
        try {
            f();
        } catch (...) {
            failure = std::current_exception();
            XML_StopParser(parser, XML_FALSE);
        }
    }
    static void start(void* data, const XML_Char* name, const XML_Char** attributes) {
        auto* p = static_cast<Parse*>(data);
        p->guarded([&] { p->handler->start(local(name), attributes); });
    }
    static void end(void* data, const XML_Char* name) {
        auto* p = static_cast<Parse*>(data);
        p->guarded([&] { p->handler->end(local(name)); });
    }
    static void text(void* data, const XML_Char* s, int length) {
        auto* p = static_cast<Parse*>(data);
        p->guarded([&] { p->handler->text(std::string_view(s, std::size_t(length))); });
    }
    static void doctypeStart(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
        auto* p = static_cast<Parse*>(data);
        p->doctype = true;
        XML_StopParser(p->parser, XML_FALSE);
    }
};

} // namespace

void parseXml(Archive& archive, const std::string& part, XmlHandler& handler, Progress* progress) {
    Parse parse;
    parse.handler = &handler;
    // The separator joins a namespace and a local name; U+0001 cannot occur in XML names.
    parse.parser = XML_ParserCreateNS(nullptr, '\x01');
    if (!parse.parser) {
        throw std::bad_alloc();
    }
    const std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> owner(parse.parser,
                                                                             &XML_ParserFree);
    XML_SetUserData(parse.parser, &parse);
    XML_SetElementHandler(parse.parser, &Parse::start, &Parse::end);
    XML_SetCharacterDataHandler(parse.parser, &Parse::text);
    XML_SetStartDoctypeDeclHandler(parse.parser, &Parse::doctypeStart);
    const auto check = [&](XML_Status status) {
        if (parse.failure) {
            std::rethrow_exception(parse.failure);
        }
        if (parse.doctype) {
            damaged(part, "it declares a DOCTYPE, which workbooks never do");
        }
        if (status != XML_STATUS_OK) {
            damaged(part, std::string("XML error at line ") +
                              std::to_string(XML_GetCurrentLineNumber(parse.parser)) + ": " +
                              XML_ErrorString(XML_GetErrorCode(parse.parser)));
        }
    };
    archive.read(
        part,
        [&](std::string_view chunk) {
            check(XML_Parse(parse.parser, chunk.data(), int(chunk.size()), XML_FALSE));
        },
        progress);
    check(XML_Parse(parse.parser, nullptr, 0, XML_TRUE));
}

const char* attribute(const char** attributes, std::string_view name) {
    for (const char** a = attributes; a && *a; a += 2) {
        if (Parse::local(*a) == name) {
            return a[1];
        }
    }
    return nullptr;
}

std::string unescaped(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    const auto hex = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && hex(text[i + 2]) &&
            hex(text[i + 3]) && hex(text[i + 4]) && hex(text[i + 5]) && text[i + 6] == '_') {
            const unsigned code =
                unsigned(std::stoul(std::string(text.substr(i + 2, 4)), nullptr, 16));
            // Line breaks and tabs written as _x000D_/_x0009_ come back; other control characters
            // (NUL ...) and lone surrogates stay as written so no reader sees them.
            const bool control = code < 0x20 && code != 0x0A && code != 0x0D && code != 0x09;
            if (!control && (code < 0xD800 || code > 0xDFFF)) {
                if (code < 0x80) {
                    out += char(code);
                } else if (code < 0x800) {
                    out += char(0xC0 | (code >> 6));
                    out += char(0x80 | (code & 0x3F));
                } else {
                    out += char(0xE0 | (code >> 12));
                    out += char(0x80 | ((code >> 6) & 0x3F));
                    out += char(0x80 | (code & 0x3F));
                }
                i += 6;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

} // namespace gugus::core::xlsx

namespace gugus::core {

namespace {

std::string xlsxMessage(XlsxError::Kind kind, const std::string& subject,
                        const std::string& detail) {
    switch (kind) {
    case XlsxError::Kind::OldFormat:
        return "an Excel 97-2003 (.xls) file: " + subject +
               " (open it in Excel or LibreOffice and save it as .xlsx or CSV)";
    case XlsxError::Kind::Encrypted:
        return "the workbook is password-protected (encrypted): " + subject +
               " (remove the password in Excel and save it again)";
    case XlsxError::Kind::Invalid:
        return "not a readable .xlsx workbook: " + subject + " (" + detail + ")";
    case XlsxError::Kind::NoSuchSheet:
        return "no sheet " + subject + " in the workbook (its sheets: " + detail + ")";
    case XlsxError::Kind::MergedHeader:
        return "sheet " + subject + " has merged cells in its header row (" + detail +
               "): unmerge them so every column has its own name";
    }
    return subject;
}

} // namespace

XlsxError::XlsxError(Kind kind, std::string subject, std::string detail)
    : std::runtime_error(xlsxMessage(kind, subject, detail)), m_kind(kind),
      m_subject(std::move(subject)), m_detail(std::move(detail)) {}

FileFormat sniffFileFormat(std::string_view bytes) {
    static constexpr unsigned char kOle[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    if (bytes.size() >= 8 && std::memcmp(bytes.data(), kOle, 8) == 0) {
        return FileFormat::OleCompound;
    }
    if (bytes.size() >= 4 && bytes[0] == 'P' && bytes[1] == 'K' &&
        ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6))) {
        return FileFormat::Xlsx;
    }
    return FileFormat::Text;
}

FileFormat sniffFileFormat(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char head[8] = {};
    in.read(head, sizeof head);
    return sniffFileFormat(std::string_view(head, std::size_t(in.gcount())));
}

} // namespace gugus::core
