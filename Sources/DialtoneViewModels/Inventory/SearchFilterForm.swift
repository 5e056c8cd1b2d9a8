import DialtoneCore

/// The inventory filter form (`f`): one field per search filter, the ones the active provider
/// does not take shown but locked, so the form itself says which filters the provider supports.
///
/// Typing edits the focused field; Enter applies the form unless a value is invalid (the
/// problem is shown and nothing changes); Esc closes it unchanged.
public struct SearchFilterForm: Sendable, Hashable {
    /// One row of the form.
    public struct Field: Sendable, Hashable {
        public var key: SearchFilters.Key
        public var text: String
        /// The active provider applies this filter; a locked field cannot be edited.
        public var isSupported: Bool
    }

    public var fields: [Field]
    /// Index into `fields`: always a supported field when there is one.
    public var focus: Int
    /// The provider's name, for the form's title and its locked fields.
    public var providerName: String
    /// Why the form was not applied, until the next edit.
    public var problem: String?

    /// A form showing `filters`, with `features`' filters editable.
    public init(filters: SearchFilters, features: ProviderFeatures?, providerName: String) {
        let supported = Set(features?.searchFilters ?? [])
        fields = SearchFilters.Key.allCases.map { Field(key: $0, text: filters[$0] ?? "", isSupported: supported.contains($0)) }
        focus = fields.firstIndex(where: \.isSupported) ?? 0
        self.providerName = providerName
    }

    /// Whether any field can be edited.
    public var isEditable: Bool { fields.contains(where: \.isSupported) }

    /// The filters the form holds (locked fields contribute nothing).
    public var filters: SearchFilters {
        var filters = SearchFilters()
        for field in fields where field.isSupported { filters[field.key] = field.text }
        return filters
    }

    /// Moves focus by `step` supported fields, wrapping.
    public mutating func move(by step: Int) {
        guard isEditable else { return }
        var index = focus
        repeat { index = (index + step + fields.count) % fields.count } while !fields[index].isSupported
        focus = index
    }

    /// Adds a printable character to the focused field.
    public mutating func type(_ character: Character) {
        guard isEditable, fields[focus].text.count < 100, character.isPrintable else { return }
        fields[focus].text.append(character)
        problem = nil
    }

    /// Removes the focused field's last character.
    public mutating func deleteBackward() {
        guard isEditable, !fields[focus].text.isEmpty else { return }
        fields[focus].text.removeLast()
        problem = nil
    }

    /// The filters to apply, or `nil` with `problem` set when a value is invalid.
    public mutating func submit() -> SearchFilters? {
        problem = filters.problem
        return problem == nil ? filters : nil
    }
}
