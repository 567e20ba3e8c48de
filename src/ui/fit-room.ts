/** On the projector, type is as large as the screen allows without anything falling off it. */
export const fitRoom = (root: HTMLElement) => {
  const room = root.querySelector<HTMLElement>('.group-screen');
  if (!room) return;
  let scale = 1;
  room.style.setProperty('--room-scale', '1');
  while (root.scrollHeight > root.clientHeight + 1 && scale > 0.55) {
    scale -= 0.05;
    room.style.setProperty('--room-scale', scale.toFixed(2));
  }
};
