import Foundation

/// Hands what the reader thread read to the server's loop, which waits on it with a deadline: the
/// loop checks a changed document once no message has come for the debounce time.
final class MessageQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [MessageReader.Read] = []
    private var head = 0

    func push(_ item: MessageReader.Read) {
        condition.lock()
        items.append(item)
        condition.signal()
        condition.unlock()
    }

    /// The next item; nil if none came before `deadline` (nil deadline: wait as long as it takes).
    func pop(before deadline: Date?) -> MessageReader.Read? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count {
            if let deadline {
                guard condition.wait(until: deadline) else { return nil }
            } else {
                condition.wait()
            }
        }
        let item = items[head]
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        }
        return item
    }

    /// Starts a thread that reads messages from `descriptor` until the end of input.
    static func reading(_ descriptor: Int32, maxMessageBytes: Int) -> MessageQueue {
        let queue = MessageQueue()
        let thread = Thread {
            var reader = MessageReader(descriptor: descriptor, maxMessageBytes: maxMessageBytes)
            while true {
                let read = reader.next()
                queue.push(read)
                if read == .end { return }
            }
        }
        thread.stackSize = 1 << 20
        thread.start()
        return queue
    }
}
