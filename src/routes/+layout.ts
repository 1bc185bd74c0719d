// Every page is prerendered: the app is a set of static files that the service worker keeps
// on the phone. There is no server that could receive anything.
export const prerender = true;
export const trailingSlash = 'always';
