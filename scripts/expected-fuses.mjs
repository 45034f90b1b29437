// The fuses electron-builder.yml's `electronFuses` sets, as the checks expect to read them back
// (check:packaging on a stand-in, scripts/check-fuses.mjs on the real binary in the release workflow).
export const EXPECTED_FUSES = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  OnlyLoadAppFromAsar: true,
  EnableEmbeddedAsarIntegrityValidation: true,
  // Off: no cookies to protect, and on it can ask for the macOS keychain (electron-builder.yml).
  EnableCookieEncryption: false,
  // Still on: the windows load from file:// (docs/SECURITY.md, "Custom protocol").
  GrantFileProtocolExtraPrivileges: true,
};
