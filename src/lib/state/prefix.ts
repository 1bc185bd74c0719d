/** Every key the app stores (sessionStorage and localStorage) starts with this. */
export const PREFIX = 'hulpwijzer:';
