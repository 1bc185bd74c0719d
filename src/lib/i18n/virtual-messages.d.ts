// Provided by the message-chunks plugin in vite.config.ts.
declare module 'virtual:hw-messages' {
	export const loaders: Record<string, () => Promise<{ default: Record<string, unknown> }>>;
}
