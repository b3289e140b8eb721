import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** Vendor groups kept out of the entry chunk, so the login page loads without the charting library. */
const vendorGroups = [
  { name: "echarts", test: /[\\/]node_modules[\\/](echarts|zrender)[\\/]/, priority: 30 },
  { name: "react", test: /[\\/]node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 20 },
];

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { "/api": { target: "http://localhost:3000", changeOrigin: false } },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
});
