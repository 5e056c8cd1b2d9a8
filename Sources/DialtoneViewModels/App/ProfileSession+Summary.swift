import DialtoneCore

extension ProfileSession {
    /// What the screens show about this profile.
    public var summary: ProfileSummary {
        ProfileSummary(
            name: name, provider: provider.kind, maskedAccountID: Redactor.maskIdentifier(provider.accountID),
            isSandbox: isSandbox, confirmAbove: confirmAbove, canRelease: provider.features.canRelease)
    }
}
