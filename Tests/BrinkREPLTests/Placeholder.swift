import Testing

// Tests for this target arrive with the module they test.
@Test func BrinkREPLTestsBuilds() { #expect(Bool(true)) }
