// Tailwind CSS 4 through PostCSS, as Next expects.
const config = {plugins: {'@tailwindcss/postcss': {}}}

export default config
