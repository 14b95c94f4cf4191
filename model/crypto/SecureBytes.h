#pragma once

#include <QByteArray>

#include <cstddef>

namespace kq {

// Secret bytes (keys, passwords) in libsodium guarded memory: locked so it is never swapped out,
// surrounded by guard pages, and wiped when released. Move-only, so a secret has one owner.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    // Copies a password typed into a QString as UTF-8; the caller should clear the QString.
    static SecureBytes fromUtf8(const QString& text);
    static SecureBytes fromBytes(const char* data, std::size_t size);
    static SecureBytes random(std::size_t size);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool equals(const SecureBytes& other) const;
    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Makes sure libsodium is initialised; cheap after the first call. Throws if it cannot be.
void ensureSodium();

} // namespace kq
