/// A plain binary form for caches: integers as eight little-endian bytes, strings and byte runs
/// after their length. A reader answers nil for anything cut short or out of range, so that a
/// damaged cache file is only a cache miss.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        let value = UInt64(bitPattern: Int64(value))
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    mutating func bytes(_ run: some Collection<UInt8>) {
        int(run.count)
        bytes.append(contentsOf: run)
    }

    mutating func string(_ text: String) { bytes(text.utf8) }

    /// Numbers that fit in 32 bits, four bytes each: a compiled lexicon holds a hundred thousand.
    mutating func int32s(_ values: [Int32]) {
        int(values.count)
        bytes.reserveCapacity(bytes.count + 4 * values.count)
        for value in values {
            let value = UInt32(bitPattern: value)
            for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
        }
    }

    mutating func strings(_ texts: [String]) {
        int(texts.count)
        for text in texts { string(text) }
    }
}

struct ByteReader {
    private let data: [UInt8]
    private var position: Int

    init(_ bytes: [UInt8], from position: Int = 0) {
        self.data = bytes
        self.position = position
    }

    var atEnd: Bool { position == data.count }

    mutating func int() -> Int? {
        guard data.count - position >= 8 else { return nil }
        var value: UInt64 = 0
        for offset in (0..<8).reversed() { value = value << 8 | UInt64(data[position + offset]) }
        position += 8
        return Int(Int64(bitPattern: value))
    }

    /// A count of items that follow: at least one byte each, so a damaged one cannot ask for more
    /// room than the file has.
    mutating func count() -> Int? {
        guard let count = int(), count >= 0, count <= data.count - position else { return nil }
        return count
    }

    mutating func bytes() -> ArraySlice<UInt8>? {
        guard let count = count() else { return nil }
        defer { position += count }
        return data[position..<(position + count)]
    }

    mutating func int32s() -> [Int32]? {
        guard let count = int(), count >= 0, count <= (data.count - position) / 4 else { return nil }
        var values: [Int32] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            let value = UInt32(data[position]) | UInt32(data[position + 1]) << 8 | UInt32(data[position + 2]) << 16 | UInt32(data[position + 3]) << 24
            values.append(Int32(bitPattern: value))
            position += 4
        }
        return values
    }

    /// Passes over what `strings()` reads without making the strings; how many there are.
    mutating func skipStrings() -> Int? {
        guard let count = count() else { return nil }
        for _ in 0..<count { guard bytes() != nil else { return nil } }
        return count
    }

    mutating func string() -> String? { bytes().map { String(decoding: $0, as: UTF8.self) } }

    mutating func strings() -> [String]? {
        guard let count = count() else { return nil }
        var texts: [String] = []
        texts.reserveCapacity(count)
        for _ in 0..<count {
            guard let text = string() else { return nil }
            texts.append(text)
        }
        return texts
    }
}
