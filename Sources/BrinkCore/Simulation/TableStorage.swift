/// The memory of a ladder's flat tables (`LadderTables`): one allocation per
/// table, freed when the last `LadderTables` value sharing this storage goes away.
///
/// Why a class: unsafe memory needs one owner that frees it exactly once, at the
/// right time (STYLE.md habit 17; swift-collections' `_HashTable` storage). The
/// tables are copied in once, by `LadderBuilder`, and never written after it
/// returns; they are then read by any number of threads (hence
/// `@unchecked Sendable`).
final class TableStorage: @unchecked Sendable {
  private var allocations: [UnsafeMutableRawPointer] = []

  /// Tables start on a cache line, so that a 32-byte alias column
  /// (`ChainedRoundTable.Column`, read on the chain of dependent loads of the inner
  /// loop) never straddles two lines, whatever the state of the heap.
  static let alignment = 64

  /// Copies `elements` into memory owned by this storage and returns its view.
  /// Only trivial element types (numbers, `Bool`, structs of them): the memory is
  /// freed without deinitializing it.
  func store<Element>(_ elements: [Element]) -> Table<Element> {
    precondition(_isPOD(Element.self), "tables hold trivial values only")
    let raw = UnsafeMutableRawPointer.allocate(
      byteCount: MemoryLayout<Element>.stride * max(elements.count, 1),
      alignment: max(Self.alignment, MemoryLayout<Element>.alignment))
    let pointer = raw.bindMemory(to: Element.self, capacity: max(elements.count, 1))
    elements.withUnsafeBufferPointer { buffer in
      if let source = buffer.baseAddress { pointer.initialize(from: source, count: buffer.count) }
    }
    allocations.append(UnsafeMutableRawPointer(pointer))
    return Table(base: pointer, endIndex: elements.count)
  }

  deinit {
    for pointer in allocations { pointer.deallocate() }
  }
}
