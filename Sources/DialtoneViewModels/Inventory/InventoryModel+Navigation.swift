/// Moving the selection and turning pages. At a page's edge `moveUp`/`moveDown` continue onto the
/// neighbouring page; at the listing's edge paging moves the selection to the first or last row.
extension InventoryModel {
    /// One row down, onto the next page after the last row.
    public func moveDown() {
        guard let index = state.selectedIndex else { return }
        if index + 1 < state.rows.count {
            state.selectedIndex = index + 1
        } else if state.hasMore {
            show(page: state.query.page + 1, landing: .top)
        }
    }

    /// One row up, onto the previous page before the first row.
    public func moveUp() {
        guard let index = state.selectedIndex else { return }
        if index > 0 {
            state.selectedIndex = index - 1
        } else if state.query.page > 1 {
            show(page: state.query.page - 1, landing: .bottom)
        }
    }

    /// The next page (prefetched, so usually without waiting); on the last page, the last row.
    public func pageDown() {
        guard !state.isLoading else { return }
        if state.hasMore {
            show(page: state.query.page + 1, landing: .row(state.selectedIndex ?? 0))
        } else {
            last()
        }
    }

    /// The previous page; on the first page, the first row.
    public func pageUp() {
        if state.query.page > 1 {
            show(page: state.query.page - 1, landing: .row(state.selectedIndex ?? 0))
        } else {
            first()
        }
    }

    /// The first row of the page.
    public func first() {
        if !state.rows.isEmpty { state.selectedIndex = 0 }
    }

    /// The last row of the page.
    public func last() {
        if !state.rows.isEmpty { state.selectedIndex = state.rows.count - 1 }
    }
}
