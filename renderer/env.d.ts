// Stylesheets are bundled by Vite; importing one has no value to type.
declare module '*.css';
// Asset URLs (fonts of the report) resolved by Vite.
declare module '*?url' {
  const url: string;
  export default url;
}
