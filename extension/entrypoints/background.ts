export default defineBackground(() => {
  console.log("ShiXian background started");
});
