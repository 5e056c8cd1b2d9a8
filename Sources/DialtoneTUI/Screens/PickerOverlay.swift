import DialtoneViewModels

/// The country, type and status pickers and the search prompt, drawn from the snapshot.
enum PickerOverlay {
    static func draw(_ picker: PickerState, in area: Rect, painter: Painter) {
        ListPicker(
            title: picker.title, filter: picker.filter, filterHelp: "name, ISO or calling code",
            items: picker.items.map { ListPicker.Item(label: $0.label, detail: $0.detail) },
            selectedIndex: picker.selectedIndex
        ).draw(in: area, painter: painter)
    }

    static func drawSearch(_ prompt: SearchPromptState, row: Int, width: Int, painter: Painter) {
        PromptLine(label: " / ", text: prompt.text, help: prompt.help + " · Enter keeps, Esc reverts")
            .draw(row: row, column: 0, width: width, painter: painter)
    }
}
