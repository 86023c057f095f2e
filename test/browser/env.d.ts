// Types for the Playwright provider's additions to `vitest/browser` (cdp().send, …).
/// <reference types="@vitest/browser-playwright" />
